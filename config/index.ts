import path from 'path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

// Taro build config for both targets: `taro build --type weapp|h5`. Output goes to dist/<target>.
// The app imports the pure rules in domain/ and the contract types in types/, which live outside src/:
// they must go through the same Babel pipeline.
const sharedCode = ['domain', 'types'].map((dir) => path.resolve(__dirname, '..', dir));

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'ruxue-yijianshi',
    date: '2025-11-29',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      // CloudBase environment id for the mini-program build; empty means the default environment.
      CLOUD_ENV: JSON.stringify(process.env.TCB_ENV ?? ''),
      // H5 only: the CloudBase environment the staff console signs in to (js-sdk custom login). Empty = the
      // local server's HTTP API. A separate variable, so a TCB_ENV left in a shell never changes `npm start`.
      WEB_CLOUD_ENV: JSON.stringify(process.env.TARO_ENV === 'h5' ? (process.env.H5_TCB_ENV ?? '') : ''),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: sharedCode },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      compile: { include: sharedCode },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      // A mobile app of ~300 KB is expected; webpack's desktop size hint only adds noise to the build log.
      webpackChain(chain) {
        chain.performance.hints(false);
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
