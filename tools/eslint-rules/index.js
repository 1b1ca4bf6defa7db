'use strict';

/** Koers's own lint rules, loaded by eslint.config.mjs as the plugin `koers`. */
module.exports = {
  meta: { name: 'koers' },
  rules: { 'routes-declare-callers': require('./routes-declare-callers') },
};
