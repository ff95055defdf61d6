// Moved to src/conversation/turn.ts: this re-export keeps older imports working until they are updated.
export { turnAction, turnLang } from '../conversation/turn.js';
