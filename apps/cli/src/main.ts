process.stdout.write('par-index\n');
