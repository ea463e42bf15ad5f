// The list's filters: open beside the results on a wide screen, folded above them on a phone
// (a <details>, which works without this script); and an address without empty fields.
(function () {
  "use strict";
  var wide = window.matchMedia("(min-width: 52rem)");
  function unfold() {
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
      if (wide.matches) details.open = true;
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    unfold();
    if (wide.addEventListener) wide.addEventListener("change", unfold);
    document.querySelectorAll("form[data-clean-query]").forEach(function (form) {
      // A sort the reader did not choose is left to the list: relevance once there is a search.
      var initial = {};
      Array.prototype.forEach.call(form.querySelectorAll("[data-unchosen]"), function (field) {
        initial[field.name] = field.value;
      });
      form.addEventListener("submit", function () {
        var query = form.elements.q ? form.elements.q.value.trim() : "";
        Array.prototype.forEach.call(form.elements, function (field) {
          if (!field.name) return;
          var value = field.value.trim();
          var sort = query ? field.dataset.defaultSearch : field.dataset.default;
          // A disabled field is left out of the address; the server's redirect does the same
          // for a form sent without this script.
          var untouched = field.hasAttribute("data-unchosen") && initial[field.name] === value;
          if (value === "" || untouched || (sort !== undefined && value === sort)) {
            field.disabled = true;
          }
        });
        // Enabled again for the page the browser may keep in its history.
        window.setTimeout(function () {
          Array.prototype.forEach.call(form.elements, function (field) { field.disabled = false; });
        }, 0);
      });
    });
  });
})();
