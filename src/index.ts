import { run } from './main.js'

// The action's entry point: all work happens in run(), never at import time.
await run()
