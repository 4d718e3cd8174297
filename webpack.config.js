/* eslint-disable */
// Builds dist/ as a complete static site that any HTTPS static host serves as is: the task
// pane (taskpane.html, commands.html, Office.js), the file-mode page (index.html, installable,
// offline after one visit through sw.js), manifest.xml pointing at ADDIN_URL, and the icons.
// `npm run build` (production) refuses a missing, http or localhost ADDIN_URL (exit 2);
// `npm run build:dev` and `npm run dev-server` are for https://localhost:3000 (scripts/devServer.js).
const { createHash } = require('node:crypto');
const path = require('node:path');
const { checkAddinUrl, AddinUrlError } = require('./scripts/addinUrl');
const { serviceWorkerSource } = require('./scripts/serviceWorker');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

/** The address manifest.xml points at while developing. */
const DEV_URL = 'https://localhost:3000';
const OUT = path.resolve(__dirname, 'dist');
const OFFICE_JS = path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist');

/**
 * Office.js served from the bundle (no CDN): the loader, the Excel host scripts it picks from,
 * the helpers it loads next to itself, and the string tables of every language. The page's
 * Content-Security-Policy keeps everything Office.js would fetch from elsewhere from leaving.
 */
const officeJsPatterns = [
  { from: 'office.js' },
  { from: 'excel-*.js', globOptions: { ignore: ['**/*.debug.js'] } },
  { from: 'es6-promise.js' },
  { from: 'o15apptofilemappingtable.js' },
  { from: '*/office_strings.js' },
  // Scripts Office.js may load next to itself inside Office (its telemetry); absent, it would 404.
  { from: 'telemetry/*.js', globOptions: { ignore: ['**/*.debug.js'] } },
  { from: 'ariatelemetry/*.js' },
  // Microsoft's files as published (already minified): the minimizer leaves them alone.
].map((p) => ({ ...p, context: OFFICE_JS, to: 'office-js', info: { minimized: true } }));

/**
 * SheetJS ships a minified browser build; minifying that minified code again only costs
 * minutes. It gets a chunk of its own, marked as minimized, which webpack's minimizer skips.
 */
const PREMINIFIED_CHUNK = 'spreadsheet-libs';
class SkipPreminified {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('SkipPreminified', (compilation) => {
      const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1;
      compilation.hooks.processAssets.tap({ name: 'SkipPreminified', stage }, () => {
        for (const chunk of compilation.chunks) {
          if (chunk.name !== PREMINIFIED_CHUNK) continue;
          for (const file of chunk.files) if (file.endsWith('.js')) compilation.updateAsset(file, (source) => source, { minimized: true });
        }
      });
    });
  }
}

/** Files of dist/ the page never needs offline: source maps, the add-in manifest, Office.js (the page runs without it). */
const notForThePage = (file) => file.endsWith('.map') || file === 'manifest.xml' || file.startsWith('office-js/') || file === 'sw.js';

/**
 * Writes app.webmanifest (the page is installable) and sw.js listing every other file of the
 * build, under a cache name that changes with their contents: a new build replaces the page's offline copy as a whole on the next visit.
 */
class OfflinePage {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('OfflinePage', (compilation) => {
      const { Compilation, sources } = compiler.webpack;
      compilation.hooks.processAssets.tap({ name: 'OfflinePage', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset('app.webmanifest', new sources.RawSource(webAppManifest()));
      });
      compilation.hooks.processAssets.tap({ name: 'OfflinePage', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const files = compilation.getAssets().map((a) => a.name).filter((f) => !notForThePage(f)).sort();
        const hash = createHash('sha256');
        for (const file of files) hash.update(file).update('\0').update(compilation.getAsset(file).source.buffer());
        const source = serviceWorkerSource(hash.digest('hex').slice(0, 16), files);
        compilation.emitAsset('sw.js', new sources.RawSource(source), { minimized: true });
      });
    });
  }
}

/** The page's web app manifest: installable, opening index.html, with the add-in's icons. */
const webAppManifest = () =>
  JSON.stringify(
    {
      name: 'Imunisasi — laporan imunisasi puskesmas',
      short_name: 'Imunisasi',
      description: 'Memeriksa register imunisasi dan membuat laporan bulanan di komputer ini, tanpa internet.',
      lang: 'id',
      start_url: './index.html',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b6a6e',
      icons: [192, 512].map((size) => ({ src: `assets/icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
    },
    null,
    2,
  );

/** ADDIN_URL for a production build, or exit 2 saying what to set. */
function productionUrl() {
  try {
    return checkAddinUrl(process.env.ADDIN_URL);
  } catch (error) {
    if (!(error instanceof AddinUrlError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(2);
  }
}

module.exports = async (_env, argv) => {
  const development = argv.mode === 'development';
  const addinUrl = development ? DEV_URL : productionUrl();
  const config = {
    mode: development ? 'development' : 'production',
    // No eval-based source maps: the pane's Content-Security-Policy forbids eval.
    devtool: development ? 'cheap-module-source-map' : 'source-map',
    entry: { taskpane: './src/ui/main.ts', commands: './src/ui/commands.ts', page: './src/web/offline.ts' },
    output: { path: OUT, filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    resolve: {
      extensions: ['.ts', '.js'],
      // SheetJS's own minified browser build (all formats and codepages, as the CLI reads them).
      alias: { xlsx$: path.resolve(__dirname, 'node_modules/xlsx/dist/xlsx.full.min.js') },
    },
    cache: { type: 'filesystem', buildDependencies: { config: [__filename] } },
    module: {
      noParse: /xlsx\.full\.min\.js$/,
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false, sourceMap: true } } } }],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: { cacheGroups: { spreadsheetLibs: { test: /[\\/]node_modules[\\/]xlsx[\\/]/, name: PREMINIFIED_CHUNK, chunks: 'async', enforce: true } } },
    },
    plugins: [
      new SkipPreminified(),
      new OfflinePage(),
      new HtmlWebpackPlugin({ template: 'src/ui/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer', page: false }),
      // The file-mode page: the same pane without Office.js, installable and offline.
      new HtmlWebpackPlugin({ template: 'src/ui/taskpane.html', filename: 'index.html', chunks: ['taskpane', 'page'], scriptLoading: 'defer', page: true }),
      new HtmlWebpackPlugin({ template: 'src/ui/commands.html', filename: 'commands.html', chunks: ['commands'], scriptLoading: 'defer' }),
      new CopyWebpackPlugin({
        patterns: [
          ...officeJsPatterns,
          { from: 'src/ui/pane.css', to: 'pane.css' },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The manifest, pointing at where this build will be hosted (ADDIN_URL).
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => content.toString().split(DEV_URL).join(addinUrl) },
        ],
      }),
    ],
  };
  if (process.env.WEBPACK_SERVE) {
    // Only for `webpack serve`, started by scripts/devServer.js: https with the development
    // certificate it keeps in the user's folder (nothing installed system-wide, no sudo), or
    // plain http for the file-mode page (`npm run dev-server:http`).
    const { serverOptions } = require('./scripts/devServer');
    config.devServer = {
      port: Number(process.env.DEV_SERVER_PORT) || 3000,
      server: serverOptions(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: false },
    };
  }
  return config;
};

module.exports.DEV_URL = DEV_URL;
