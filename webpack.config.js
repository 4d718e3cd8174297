/* eslint-disable */
// Builds the task pane as a static site in dist/web, hostable anywhere (any HTTPS static host
// for Excel; any folder or web server for file mode). `npm run dev-server` serves it on
// https://localhost:3000 with Office's development certificate.
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

/** The address manifest.xml points at while developing. */
const DEV_URL = 'https://localhost:3000';
const OUT = path.resolve(__dirname, 'dist/web');
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
 * ExcelJS and SheetJS ship minified browser builds; minifying 1.9 MB of minified code again
 * only costs minutes. They get a chunk of their own, marked as minimized, which webpack's
 * minimizer skips.
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

module.exports = async (_env, argv) => {
  const development = argv.mode === 'development';
  const addinUrl = (process.env.ADDIN_URL || DEV_URL).replace(/\/+$/, '');
  const config = {
    mode: development ? 'development' : 'production',
    // No eval-based source maps: the pane's Content-Security-Policy forbids eval.
    devtool: development ? 'cheap-module-source-map' : 'source-map',
    entry: { taskpane: './src/ui/main.ts', commands: './src/ui/commands.ts' },
    output: { path: OUT, filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    resolve: {
      extensions: ['.ts', '.js'],
      // SheetJS's own minified browser build (all formats and codepages, as the CLI reads them).
      alias: { xlsx$: path.resolve(__dirname, 'node_modules/xlsx/dist/xlsx.full.min.js') },
    },
    cache: { type: 'filesystem', buildDependencies: { config: [__filename] } },
    module: {
      noParse: /xlsx\.full\.min\.js$|exceljs\.min\.js$/,
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false, sourceMap: true } } } }],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: { cacheGroups: { spreadsheetLibs: { test: /[\\/]node_modules[\\/](exceljs|xlsx)[\\/]/, name: PREMINIFIED_CHUNK, chunks: 'async', enforce: true } } },
    },
    plugins: [
      new SkipPreminified(),
      new HtmlWebpackPlugin({ template: 'src/ui/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
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
    // Only for `webpack serve`: Office's development certificate (installed on first use).
    const devCerts = require('office-addin-dev-certs');
    config.devServer = {
      port: 3000,
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
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
