/**
 * The file-mode page (index.html) asks the browser to keep it for offline use: sw.js caches
 * every file of the page on the first visit, and from then on the page opens and works with
 * no network. Only in a production build served over http(s): a page opened from disk
 * (file://) has no service worker, and a development server would be cached against itself.
 * When the offline copy is ready, <html data-offline="siap">.
 */
export async function keepOffline(): Promise<void> {
  if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  try {
    await navigator.serviceWorker.register('sw.js');
    await navigator.serviceWorker.ready;
    document.documentElement.dataset.offline = 'siap';
  } catch (error) {
    // The page works online all the same; only the offline copy is missing.
    console.warn('Salinan offline halaman tidak dapat disimpan:', error);
  }
}

void keepOffline();
