// Autocomplete for search fields: suggests page titles in a native <datalist> as the reader types.
// Progressive enhancement only: without this script the forms work as plain GET forms.
(function () {
  "use strict";

  function attach(input, index) {
    var url = input.getAttribute("data-autocomplete");
    if (!url || input.hasAttribute("list")) return;
    var list = document.createElement("datalist");
    list.id = "search-suggestions-" + index;
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("list", list.id);
    var timer = null;
    var lastQuery = "";
    var controller = null;

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var query = input.value.trim();
        if (query.length < 2 || query === lastQuery) return;
        lastQuery = query;
        if (controller) controller.abort();
        controller = new AbortController();
        fetch(url + "?q=" + encodeURIComponent(query), {
          headers: { Accept: "application/json" },
          credentials: "same-origin",
          signal: controller.signal
        })
          .then(function (response) { return response.ok ? response.json() : { results: [] }; })
          .then(function (data) {
            list.replaceChildren();
            data.results.forEach(function (item) {
              var option = document.createElement("option");
              option.value = item.title;
              list.appendChild(option);
            });
          })
          .catch(function () { /* Suggestions are optional; the form still works. */ });
      }, 200);
    });
  }

  document.querySelectorAll("input[data-autocomplete]").forEach(attach);
})();
