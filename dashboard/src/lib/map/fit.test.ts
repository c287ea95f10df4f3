import assert from 'node:assert/strict';
import { it } from 'node:test';
import { boundsOf } from './fit.js';

it('bounds the points it is given, ignoring what is not a number; none gives null', () => {
  assert.deepEqual(
    boundsOf([
      [118.5, 33],
      [118.6, 32.9],
      [118.55, 33.1],
      [Number.NaN, 30],
    ]),
    [
      [118.5, 32.9],
      [118.6, 33.1],
    ],
  );
  assert.deepEqual(boundsOf([[118.53, 32.99]]), [
    [118.53, 32.99],
    [118.53, 32.99],
  ]);
  assert.equal(boundsOf([]), null);
});
