import { readingGrade, hardSentences } from './readability.js';
for (const t of process.argv.slice(2)) console.log(readingGrade([t]).toFixed(1), hardSentences([t]), '|', t);
