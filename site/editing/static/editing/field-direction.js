/*
 * Each translated field is written in its own direction, whatever language the admin speaks.
 *
 * django-modeltranslation gives every translated field one form field per language, named
 * `<field>_ar` / `<field>_en`. Inline panels prefix the name (`team_members-0-name_ar`) and
 * StreamField children extend it (`body_ar-0-value-text`), so the language is the `_ar`/`_en`
 * ending of one dash-separated segment. Text inputs and textareas get `dir` and `lang`
 * themselves; a rich-text (Draftail) field keeps its value in a hidden input, so its editor's
 * wrapper gets them. Blocks and inline forms added later are handled as they appear.
 */
(function () {
  "use strict";

  var DIRECTIONS = { ar: "rtl", en: "ltr" };
  var SEGMENT = /^[a-z][a-z0-9_]*_(ar|en)$/;
  // URLs, e-mail addresses, numbers and dates read left to right in either language.
  var TEXT_TYPES = ["text", "search", ""];

  function languageOf(name) {
    var segments = name.split("-");
    for (var i = segments.length - 1; i >= 0; i--) {
      var match = SEGMENT.exec(segments[i]);
      if (match) return match[1];
    }
    return null;
  }

  function apply(element, language) {
    if (element.getAttribute("lang") === language) return;
    element.setAttribute("lang", language);
    element.setAttribute("dir", DIRECTIONS[language]);
  }

  function mark(field) {
    var language = languageOf(field.name || "");
    if (!language) return;
    if (field.tagName === "TEXTAREA") {
      apply(field, language);
    } else if (field.type === "hidden") {
      // Draftail: the editor is drawn next to its hidden input, inside the field's wrapper.
      if (field.hasAttribute("data-draftail-input")) {
        apply(field.closest(".w-field__input") || field.parentElement, language);
      }
    } else if (TEXT_TYPES.indexOf(field.getAttribute("type") || "") !== -1) {
      apply(field, language);
    }
  }

  function markAll(root) {
    if (root.matches && root.matches("input[name], textarea[name]")) mark(root);
    if (root.querySelectorAll) {
      root.querySelectorAll("input[name], textarea[name]").forEach(mark);
    }
  }

  function start() {
    markAll(document);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        mutation.addedNodes.forEach(function (node) {
          if (node.nodeType === Node.ELEMENT_NODE) markAll(node);
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
