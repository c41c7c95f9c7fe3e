import { greet } from './greet.js'
import { parseName } from './args.js'

// An internal comment that only the original source holds: the demo shows it would leak.
console.log(greet(parseName(process.argv.slice(2))))
