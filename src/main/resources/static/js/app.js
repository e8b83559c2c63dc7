// Plan Tracker: small behaviours on every page. Everything works without it; it only adds comfort.
(function () {
  'use strict';

  // On a phone a .table-cards table shows each row as a card: label every cell with its column header. Rows that
  // arrive later (a dashboard group opened with htmx) are labelled when they arrive.
  var labelCards = function (root) {
    root.querySelectorAll('table.table-cards').forEach(function (table) {
      var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
        return th.textContent.trim();
      });
      table.querySelectorAll('tbody tr').forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, i) {
          if (headers[i] && !cell.hasAttribute('data-label')) {
            cell.setAttribute('data-label', headers[i]);
          }
        });
      });
    });
  };
  labelCards(document);
  document.body.addEventListener('htmx:afterSwap', function () {
    labelCards(document);
  });

  // A table that scrolls inside its own box can be scrolled from the keyboard, and says so: a hint above it
  // ("swipe sideways for more columns") and a shaded right edge while there is more to the right.
  var markScrolling = function () {
    document.querySelectorAll('.table-responsive').forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      box.classList.toggle('scrolls', scrolls);
      box.classList.toggle('scrolled-end', scrolls && box.scrollLeft + box.clientWidth >= box.scrollWidth - 1);
      if (scrolls && !box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '0');
      }
      var hint = box.previousElementSibling;
      var has = hint && hint.classList.contains('scroll-hint');
      if (scrolls && !has && texts.msgScrollHint) {
        hint = document.createElement('p');
        hint.className = 'scroll-hint small text-muted';
        hint.textContent = texts.msgScrollHint;
        box.insertAdjacentElement('beforebegin', hint);
      }
      else if (!scrolls && has) {
        hint.remove();
      }
      if (!box.dataset.scrollWatched) {
        box.dataset.scrollWatched = '1';
        box.addEventListener('scroll', function () {
          box.classList.toggle('scrolled-end', box.scrollLeft + box.clientWidth >= box.scrollWidth - 1);
        }, { passive: true });
      }
    });
  };
  var texts = document.body.dataset;
  markScrolling();
  window.addEventListener('resize', markScrolling);
  document.body.addEventListener('htmx:afterSwap', markScrolling);

  // Irreversible actions ask first: a form or button with data-confirm="question".
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var question = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // The error summary of a form that came back with errors takes the focus, so it is read first.
  var summary = document.querySelector('.field-error-summary');
  if (summary) {
    summary.focus();
  }

  // Validation messages in the page's language, never the browser's own (often English): the layout puts the
  // texts on <body>; a field may carry its own in data-required-message.
  var explain = function (field) {
    var v = field.validity;
    if (v.valueMissing) {
      return field.getAttribute('data-required-message') || texts.msgRequired;
    }
    if (v.rangeUnderflow || v.rangeOverflow || v.stepMismatch || v.badInput) {
      return (texts.msgRange || '').replace('{0}', field.min || '').replace('{1}', field.max || '');
    }
    if (v.tooLong) {
      return (texts.msgTooLong || '').replace('{0}', field.maxLength);
    }
    if (v.typeMismatch || v.patternMismatch) {
      return texts.msgFormat;
    }
    return '';
  };
  document.querySelectorAll('input, select, textarea').forEach(function (field) {
    field.addEventListener('invalid', function () {
      field.setCustomValidity('');
      if (!field.validity.valid) {
        field.setCustomValidity(explain(field) || '');
      }
    });
    field.addEventListener('input', function () {
      field.setCustomValidity('');
    });
  });

  // Next to a date input, the chosen date as dd/MM/yyyy whatever the browser's language.
  document.querySelectorAll('input[type=date]').forEach(function (input) {
    var hint = document.createElement('span');
    hint.className = 'form-text date-hint ms-1';
    hint.setAttribute('aria-live', 'polite');
    var show = function () {
      var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.value);
      hint.textContent = m ? m[3] + '/' + m[2] + '/' + m[1] : '';
    };
    input.insertAdjacentElement('afterend', hint);
    input.addEventListener('input', show);
    input.addEventListener('change', show);
    show();
  });

  // Reminders: "select all in this group", and a count of what is ticked next to every reminder button, saying
  // how many ticked rows sit in collapsed groups; sending with such rows asks first.
  var bulk = document.getElementById('bulk-reminder');
  if (bulk) {
    var boxes = function () {
      return Array.prototype.slice.call(document.querySelectorAll('input[type=checkbox][name=assignmentIds]'));
    };
    var hiddenCount = function () {
      return boxes().filter(function (b) {
        var group = b.closest('details');
        return b.checked && group && !group.open;
      }).length;
    };
    var refresh = function () {
      var ticked = boxes().filter(function (b) { return b.checked; }).length;
      var text = ticked === 0 ? '' : (bulk.dataset.selectedText || '').replace('{0}', ticked).replace('{1}', hiddenCount());
      document.querySelectorAll('.selected-count').forEach(function (span) { span.textContent = text; });
    };
    document.querySelectorAll('[data-select-group]').forEach(function (box) {
      box.addEventListener('change', function () {
        var group = document.getElementById(box.getAttribute('data-select-group'));
        if (group) {
          group.querySelectorAll('input[type=checkbox][name=assignmentIds]').forEach(function (row) {
            row.checked = box.checked;
          });
        }
        refresh();
      });
    });
    document.addEventListener('change', function (event) {
      if (event.target.name === 'assignmentIds') {
        refresh();
      }
    });
    document.querySelectorAll('details').forEach(function (d) { d.addEventListener('toggle', refresh); });
    bulk.addEventListener('submit', function (event) {
      var hidden = hiddenCount();
      if (hidden > 0 && !window.confirm((bulk.dataset.hiddenConfirm || '').replace('{0}', hidden))) {
        event.preventDefault();
      }
    });
  }

  // A filter box over a list of check boxes (the task editor's agencies).
  document.querySelectorAll('[data-filter-list]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('data-filter-list'));
    var fold = function (s) {
      return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    };
    input.addEventListener('input', function () {
      var q = fold(input.value.trim());
      list.querySelectorAll('[data-filter-item]').forEach(function (item) {
        item.hidden = q !== '' && fold(item.textContent).indexOf(q) < 0;
      });
    });
  });
})();
