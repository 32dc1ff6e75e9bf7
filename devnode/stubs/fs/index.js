'use strict'
// `require('fs')` always resolves to the Node built-in; this file only exists
// so that the dependency is satisfied, and forwards to the built-in anyway.
module.exports = require('node:fs')
