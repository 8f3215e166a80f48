// Its own file, so the build names its chunk (the offline copy fetches zxcvbn-* after install).
export { ZxcvbnFactory } from '@zxcvbn-ts/core';
