// An Assistant that can be handed to the app before the real one has loaded; calls before then fail with 503.
import type { Assistant } from '../assistant.js';
import { loadingError } from './api-error.js';

/** The stand-in and the function that supplies the real assistant once built. */
export interface DeferredAssistant {
  assistant: Assistant;
  resolve(real: Assistant): void;
}

/** Creates a stand-in Assistant that delegates to the real one once `resolve` has been called. */
export function deferredAssistant(): DeferredAssistant {
  let real: Assistant | null = null;
  const get = (): Assistant => {
    if (!real) throw loadingError();
    return real;
  };
  return {
    assistant: {
      ask: (input, options) => get().ask(input, options),
      askStream: (input) => get().askStream(input),
      search: (query, options) => get().search(query, options),
      mandate: (group) => get().mandate(group),
      studyGroups: () => get().studyGroups(),
      documents: () => get().documents(),
      document: (id) => get().document(id),
    },
    resolve(assistant) {
      real = assistant;
    },
  };
}
