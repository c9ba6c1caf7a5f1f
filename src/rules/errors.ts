/** The engine was called with something the edge validation should have caught. */
export class EngineError extends Error {
  readonly code = 'ENGINE_INPUT';
}
