// Its own file, so the build names its chunk (the offline copy fetches zxcvbn-* after install).
export { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
