// banmian reader: highlight an article's source spans in the raw page text.
// The server cut the raw text into runs (<span class="r" data-s data-e data-art data-f>);
// this script only toggles classes on them. No text is ever inserted as HTML here.
(function () {
  "use strict";
  var raw = document.getElementById("raw");
  if (!raw) return;

  function runsOf(selector) { return Array.prototype.slice.call(raw.querySelectorAll(selector)); }
  function clear() {
    ["hl", "hl-strong", "twin-hl"].forEach(function (c) {
      runsOf("." + c).forEach(function (el) { el.classList.remove(c); });
    });
    document.querySelectorAll(".card.selected").forEach(function (el) { el.classList.remove("selected"); });
    document.querySelectorAll(".para.selected").forEach(function (el) { el.classList.remove("selected"); });
  }
  function reveal(el) {
    if (!el) return;
    // scroll the raw pane only, so the list of articles stays where the reader clicked
    var top = raw.scrollTop + el.getBoundingClientRect().top - raw.getBoundingClientRect().top - raw.clientHeight / 3;
    raw.scrollTo({ top: Math.max(0, top), behavior: "auto" });
  }
  function setHash(h) { if (history.replaceState) history.replaceState(null, "", "#" + h); }

  function selectArticle(i, para, keepHash) {
    clear();
    var card = document.getElementById("a" + i);
    if (card) card.classList.add("selected");
    var runs = runsOf('.r[data-art~="' + i + '"]');
    runs.forEach(function (el) { el.classList.add("hl"); });
    var first = runs[0];
    if (para !== undefined && para !== null) {
      var strong = runsOf('.r[data-f~="' + i + ".p" + para + '"]');
      strong.forEach(function (el) { el.classList.add("hl-strong"); });
      var p = card && card.querySelector('.para[data-f="' + i + ".p" + para + '"]');
      if (p) p.classList.add("selected");
      if (strong.length) first = strong[0];
    }
    reveal(first);
    if (!keepHash) setHash("a" + i);
    return runs.length;
  }

  function selectRange(s, e, keepHash) {
    clear();
    var hit = runsOf(".r").filter(function (el) {
      return +el.dataset.s >= s && +el.dataset.e <= e;
    });
    hit.forEach(function (el) { el.classList.add("twin-hl"); });
    reveal(hit[0]);
    if (!keepHash) setHash("s" + s + "-" + e);
    return hit.length;
  }

  document.querySelectorAll(".card").forEach(function (card) {
    card.addEventListener("click", function (ev) {
      if (ev.target.closest("a")) return; // links keep their own meaning
      var para = ev.target.closest(".para");
      var k = para ? para.dataset.f.split(".p")[1] : null;
      selectArticle(card.dataset.art, k);
    });
    card.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); selectArticle(card.dataset.art); }
    });
  });
  document.querySelectorAll("a.twin, a.twin-ref, a.dup-link").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      var r = (a.dataset.twin || a.dataset.range || "").split(" ");
      if (r.length !== 2) return;
      ev.preventDefault();
      selectRange(+r[0], +r[1]);
    });
  });
  // a click on highlighted raw text selects the article it belongs to
  raw.addEventListener("click", function (ev) {
    var run = ev.target.closest(".r[data-art]");
    if (!run || ev.target.closest("a")) return;
    var i = run.dataset.art.split(" ")[0];
    selectArticle(i);
    var card = document.getElementById("a" + i);
    if (card) card.scrollIntoView({ block: "nearest" });
  });

  function fromHash() {
    var h = decodeURIComponent(location.hash.slice(1));
    var m;
    if ((m = /^a(\d+)$/.exec(h))) {
      selectArticle(m[1], null, true);
      var card = document.getElementById("a" + m[1]);
      if (card) card.scrollIntoView({ block: "nearest" });
    } else if ((m = /^id=(.+)$/.exec(h))) {
      // an article by its archive id: select the first of its parts on this page
      var byId = Array.prototype.filter.call(document.querySelectorAll(".card[data-id]"),
        function (el) { return el.dataset.id === m[1]; })[0];
      if (byId) { selectArticle(byId.dataset.art, null, true); byId.scrollIntoView({ block: "nearest" }); }
    } else if ((m = /^s(\d+)-(\d+)$/.exec(h))) {
      selectRange(+m[1], +m[2], true);
    }
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
