/** fast-check, imported once: the bundle of this entry point then holds one import of it (test/consumer.test.ts). */
export { default } from 'fast-check'
