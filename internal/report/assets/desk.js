// claimcheck desk: click a claim to see its group, filter findings, drop
// files on the upload form. Plain DOM, no strings parsed as HTML.
(function () {
  "use strict";
  var $ = function (sel, root) { return (root || document).querySelector(sel); };
  var $$ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };

  // scrollInto scrolls el's column (and only it) so el sits a third down.
  function scrollInto(el) {
    var col = el.closest("article.doc, aside.panel");
    if (!col) { return; }
    var top = el.getBoundingClientRect().top - col.getBoundingClientRect().top;
    col.scrollTop += top - col.clientHeight / 3;
  }

  function clearMarks() {
    $$(".claim.hl, .claim.sel").forEach(function (e) { e.classList.remove("hl", "sel"); });
  }

  function showSelection(title, body) {
    var sel = $("#selection");
    if (!sel) { return; }
    sel.textContent = "";
    var h = document.createElement("h3");
    h.textContent = title;
    sel.appendChild(h);
    if (body) { sel.appendChild(body); }
    var panel = $("aside.panel");
    if (panel) { panel.scrollTop = 0; }
  }

  // selectGroup highlights every claim of group id, scrolls each other
  // article to its aligned claim and shows the group's details.
  function selectGroup(id, fromKey) {
    var det = document.getElementById("grp-" + id);
    if (!det) { return; }
    clearMarks();
    var fromDoc = fromKey ? fromKey.split("-")[0] : "";
    var scrolled = {};
    (det.getAttribute("data-claims") || "").split(" ").forEach(function (key) {
      if (!key) { return; }
      var doc = key.split("-")[0];
      $$('[data-c~="' + key + '"]').forEach(function (e, i) {
        e.classList.add(key === fromKey ? "sel" : "hl");
        if (i === 0 && doc !== fromDoc && !scrolled[doc]) {
          scrolled[doc] = true;
          scrollInto(e);
        }
      });
    });
    $$("details.group").forEach(function (d) { d.open = d === det; });
    var body = $(".body", det);
    showSelection("Group " + id + " · " + (det.getAttribute("data-label") || ""), body ? body.cloneNode(true) : null);
    document.body.setAttribute("data-selected", id);
  }

  function selectSingle(key) {
    clearMarks();
    $$('[data-c~="' + key + '"]').forEach(function (e) { e.classList.add("sel"); });
    var p = document.createElement("p");
    p.className = "hint";
    p.textContent = "No other article makes this claim: it is single-source.";
    var box = document.createElement("div");
    box.appendChild(p);
    showSelection("Single-source claim", box);
    document.body.setAttribute("data-selected", key);
  }

  function selectDraft(key) {
    var det = document.getElementById("dr-" + key);
    if (!det) { return; }
    clearMarks();
    $$('[data-c~="' + key + '"]').forEach(function (e) { e.classList.add("sel"); });
    (det.getAttribute("data-evidence") || "").split(" ").forEach(function (k) {
      if (!k) { return; }
      $$('[data-c~="' + k + '"]').forEach(function (e, i) {
        e.classList.add("hl");
        if (i === 0) { scrollInto(e); }
      });
    });
    $$("details.group").forEach(function (d) { d.open = d === det; });
    var body = $(".body", det);
    showSelection("Draft claim · " + (det.getAttribute("data-support") || ""), body ? body.cloneNode(true) : null);
    document.body.setAttribute("data-selected", key);
  }

  document.addEventListener("click", function (ev) {
    var t = ev.target;
    if (!(t instanceof Element)) { return; }
    var badge = t.closest(".support[data-draft]");
    if (badge) { selectDraft(badge.getAttribute("data-draft")); return; }
    var pick = t.closest("[data-pick]");
    if (pick) { ev.preventDefault(); selectGroup(pick.getAttribute("data-pick"), ""); return; }
    var link = t.closest('a[href^="#f"]');
    if (link) {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (target) {
        ev.preventDefault();
        scrollInto(target);
        target.classList.remove("flash");
        void target.offsetWidth;
        target.classList.add("flash");
      }
      return;
    }
    var claim = t.closest(".claim[data-c]");
    if (!claim) { return; }
    var keys = claim.getAttribute("data-c").split(" ");
    var groups = (claim.getAttribute("data-g") || "").split(" ").filter(Boolean);
    if (groups.length) {
      var g = groups[0];
      // A claim in several groups: clicking again moves to the next one.
      var cur = groups.indexOf(document.body.getAttribute("data-selected"));
      if (cur >= 0) { g = groups[(cur + 1) % groups.length]; }
      var det = document.getElementById("grp-" + g);
      var from = keys[0];
      if (det) {
        var inGroup = (det.getAttribute("data-claims") || "").split(" ");
        keys.forEach(function (k) { if (inGroup.indexOf(k) >= 0) { from = k; } });
      }
      selectGroup(g, from);
    } else if (document.getElementById("dr-" + keys[0])) {
      selectDraft(keys[0]);
    } else {
      selectSingle(keys[0]);
    }
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && ev.target instanceof Element && ev.target.matches(".claim[tabindex]")) {
      ev.target.click();
    }
  });
  $$(".claim.grouped").forEach(function (e) { e.tabIndex = 0; });

  // Findings filters: rule, severity and article.
  var filters = $$(".filters select");
  function applyFilters() {
    var want = {};
    filters.forEach(function (s) { want[s.name] = s.value; });
    var shown = 0, all = 0;
    $$("ol.findings li").forEach(function (li) {
      all++;
      var ok = (!want.rule || li.getAttribute("data-rule") === want.rule) &&
        (!want.severity || li.getAttribute("data-severity") === want.severity) &&
        (!want.doc || li.getAttribute("data-doc") === want.doc);
      li.hidden = !ok;
      if (ok) { shown++; }
    });
    var c = $("#findings-count");
    if (c) { c.textContent = shown === all ? all + " findings" : shown + " of " + all + " findings"; }
  }
  filters.forEach(function (s) { s.addEventListener("change", applyFilters); });
  if (filters.length) { applyFilters(); }

  // Upload form: drop files on a zone to fill its file input.
  $$(".drop").forEach(function (zone) {
    var input = $("input[type=file]", zone);
    if (!input) { return; }
    zone.addEventListener("dragover", function (ev) { ev.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", function () { zone.classList.remove("over"); });
    zone.addEventListener("drop", function (ev) {
      ev.preventDefault();
      zone.classList.remove("over");
      if (ev.dataTransfer && ev.dataTransfer.files.length) {
        input.files = ev.dataTransfer.files;
        input.dispatchEvent(new Event("change"));
      }
    });
    input.addEventListener("change", function () {
      var out = $(".picked", zone);
      if (!out) { return; }
      var names = [];
      for (var i = 0; i < input.files.length; i++) { names.push(input.files[i].name); }
      out.textContent = names.length ? names.join(", ") : "";
    });
  });
}());
