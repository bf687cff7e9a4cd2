// banmian reader: show or hide the facts and reuse highlights of the article view.
// The server marked the runs (<span class="m-person">…); this only toggles a class
// on the article (show-person, show-quantity, show-time, show-reuse, show-typo). No HTML is built here.
(function () {
  "use strict";
  var article = document.getElementById("article");
  if (!article) return;
  document.querySelectorAll(".layer-toggles input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () {
      article.classList.toggle("show-" + box.dataset.layer, box.checked);
    });
  });
  // a reuse link to this article (#reuse-N) marks that passage until another is chosen
  function fromHash() {
    var m = /^#reuse-(\d+)$/.exec(location.hash);
    document.querySelectorAll(".m-reuse.target-hl").forEach(function (el) { el.classList.remove("target-hl"); });
    if (!m) return;
    document.querySelectorAll('.m-reuse[data-cluster="' + m[1] + '"]').forEach(function (el) { el.classList.add("target-hl"); });
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
