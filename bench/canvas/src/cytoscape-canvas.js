import { runBenchmark } from './harness.js';
import { cytoscapeRenderer } from './cytoscape-renderer.js';

runBenchmark(cytoscapeRenderer({ webgl: false, labels: true }));
