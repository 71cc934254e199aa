// babel-preset-taro compiles src/ (and the types/ and domain/ modules it imports) for weapp and H5.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
