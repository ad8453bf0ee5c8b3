const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

// Bundles the API (and libs/scoring, libs/contracts) into dist/main.js; node_modules stay external.
module.exports = {
  output: { path: join(__dirname, 'dist'), clean: true },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      additionalEntryPoints: [
        { entryName: 'migration-generate', entryPath: './src/database/migration-generate.ts' },
        // `npx par-index backup|restore` runs this entry (the CLI bundle itself has no database code).
        { entryName: 'backup', entryPath: './src/backup/backup-main.ts' },
      ],
      outputHashing: 'none',
      generatePackageJson: false,
      optimization: false,
      sourceMap: true,
      externalDependencies: 'all',
    }),
  ],
};
