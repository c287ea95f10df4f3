import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundaryProblem, JurisdictionMap, type Boundary } from './jurisdiction-map.js';

const ring = (x0: number, y0: number, x1: number, y1: number) => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const square = (x0: number, y0: number, x1: number, y1: number): Boundary => ({ type: 'Polygon', coordinates: [ring(x0, y0, x1, y1)] });

describe('JurisdictionMap', () => {
  // A county split into two towns; the west town holds a police area with a hole (a lake).
  const map = new JurisdictionMap([
    { id: 'county', parentId: null, boundary: square(118, 32, 119, 33) },
    { id: 'west', parentId: 'county', boundary: square(118, 32, 118.5, 33) },
    { id: 'east', parentId: 'county', boundary: square(118.5, 32, 119, 33) },
    { id: 'west-ps', parentId: 'west', boundary: { type: 'Polygon', coordinates: [ring(118.1, 32.1, 118.4, 32.4), ring(118.2, 32.2, 118.3, 32.3)] } },
    { id: 'unbounded-ps', parentId: 'east', boundary: null },
  ]);

  it('places a point in every area that holds it, with their ancestors', () => {
    assert.deepEqual(map.locate(118.15, 32.15), ['county', 'west', 'west-ps']);
    assert.deepEqual(map.locate(118.7, 32.5), ['county', 'east']);
  });

  it('leaves a hole out, and a point outside every boundary placed nowhere', () => {
    assert.deepEqual(map.locate(118.25, 32.25), ['county', 'west']);
    assert.deepEqual(map.locate(120, 30), []);
  });

  it('knows ancestors', () => {
    assert.deepEqual(map.ancestorsOf('west-ps'), ['west', 'county']);
  });

  it('refuses malformed boundaries with a reason', () => {
    assert.equal(boundaryProblem(square(0, 0, 1, 1)), null);
    assert.match(boundaryProblem({ type: 'Point', coordinates: [0, 0] })!, /Polygon/);
    assert.match(
      boundaryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      })!,
      /not closed/,
    );
    assert.match(
      boundaryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [200, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      })!,
      /in range/,
    );
    assert.match(
      boundaryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      })!,
      /fewer than 4/,
    );
  });
});
