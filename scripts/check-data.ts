// `npm run check:data`: validates data/*.json and data/stories.json; prints one line per problem
// (`<file> <id> <field>: <message>`) and exits 1, or prints the number of records of each kind. Writes nothing.
// MAP_DATA_DIR=<folder> checks another copy of the data folder (the tests use it).
import { formatProblem } from '../src/data/validate';
import { checkData } from './data/read-data';

const { problems, summary } = checkData();
for (const p of problems) console.log(formatProblem(p));
console.log(summary);
if (problems.length > 0) process.exit(1);
