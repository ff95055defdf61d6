// Moved to src/conversation: this re-export keeps older imports working until they are updated.
export * from '../conversation/conversation-memory.js';
