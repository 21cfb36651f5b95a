// What the admin UI takes from CodeMirror 6; bundled into ../codemirror.bundle.js.
export { EditorState, StateEffect, Compartment } from "@codemirror/state";
export {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  drawSelection, placeholder,
} from "@codemirror/view";
export { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
export {
  StreamLanguage, syntaxHighlighting, defaultHighlightStyle, HighlightStyle, bracketMatching,
} from "@codemirror/language";
export { linter, lintGutter, forceLinting, setDiagnostics, diagnosticCount } from "@codemirror/lint";
export { autocompletion, completionKeymap, closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
export { tags } from "@lezer/highlight";
