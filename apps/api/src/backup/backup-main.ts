// Entry `apps/api/dist/backup.js` (webpack additional entry): what `npx par-index backup|restore` starts.
import { main } from './backup-cli';

void main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 3;
  },
);
