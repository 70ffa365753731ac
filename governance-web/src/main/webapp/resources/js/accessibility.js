/*
 * Keyboard and screen-reader use of the PrimeFaces widgets, where their own attributes do not reach.
 *
 * 1. Focus. A dialog opens with focus on its first field, a confirmation on "Nej"; when it closes (Avbryt, ✕,
 *    Escape, a successful save) focus goes back to the control that opened it, also when an Ajax update has drawn
 *    that control anew. Whenever an Ajax update takes away the focused control (a button is disabled while its
 *    request runs, a form is drawn anew), focus comes back to it. A save that fails focuses the first invalid field.
 * 2. Date fields. The calendar opens on its button or Alt+↓ only (not on ↓ alone); in it the days are one Tab stop
 *    (the arrow keys move between them) and Tab past its first or last stop closes it and goes on; a date typed as
 *    30/11/2026, 30.11.2026 or 20261130 becomes 2026-11-30; the calendar button's text is its name.
 * 3. Names and states. A select-one menu is named by its label (not by its value); a field whose label marks it
 *    required is aria-required; a field with a message (data-for in messages.xhtml) is aria-invalid and described
 *    by the message's text.
 */
(function () {
    'use strict';

    if (!window.PrimeFaces || !window.jQuery || !PrimeFaces.widget.Dialog) {
        return;
    }

    /* ---------- helpers ---------- */

    function isShown(element) {
        return Boolean(element && element.isConnected && element.getClientRects().length > 0);
    }

    function isFocusable(element) {
        return isShown(element) && !element.disabled && element.tabIndex >= 0
            && !(element.tagName === 'INPUT' && element.type === 'hidden');
    }

    /** The element of a field that takes focus: the field itself, or the input or combobox inside its widget. */
    function controlOf(element) {
        if (!element) {
            return null;
        }
        if (/^(INPUT|SELECT|TEXTAREA)$/.test(element.tagName) || element.getAttribute('role') === 'combobox') {
            return element.tabIndex >= 0 && element.type !== 'hidden' ? element : null;
        }
        return element.querySelector('[role="combobox"]')
            || element.querySelector('input:not([type="hidden"]):not([tabindex="-1"]), textarea, select:not([tabindex="-1"])');
    }

    function addToken(element, attribute, token) {
        var tokens = (element.getAttribute(attribute) || '').split(/\s+/).filter(Boolean);
        if (tokens.indexOf(token) < 0) {
            tokens.push(token);
            element.setAttribute(attribute, tokens.join(' '));
        }
    }

    function visibleDialogs() {
        return Array.prototype.filter.call(document.querySelectorAll('.ui-dialog'), isShown);
    }

    /* ---------- 1. focus ---------- */

    /**
     * A control to come back to: the element, its id and the ids of its nearest ancestors, to find it (or where it
     * was) again when an Ajax update has drawn it anew.
     */
    function describe(element) {
        var around = [];
        for (var parent = element.parentElement; parent && parent !== document.body && around.length < 6;
                parent = parent.parentElement) {
            if (parent.id) {
                around.push(parent.id);
            }
        }
        return {element: element, id: element.id || null, around: around};
    }

    /** The control that had focus last. */
    var last = null;

    /** Whether the element is a table cell that took focus from the remembered control inside it. */
    function cellAround(element) {
        var control = last && rememberedElement(last);
        return /^(TD|TH)$/.test(element.tagName) && Boolean(control) && control !== element && element.contains(control);
    }

    document.addEventListener('focusin', function (event) {
        var target = event.target;
        // PrimeFaces' cell navigation focuses the table cell of a button pressed in it: the button stays the one
        if (target !== document.body && target.closest && !cellAround(target)) {
            last = describe(target);
        }
    }, true);

    function focusLost() {
        var active = document.activeElement;
        return !active || active === document.body || !isShown(active) || cellAround(active);
    }

    function rememberedElement(remembered) {
        if (!remembered) {
            return null;
        }
        if (remembered.element && remembered.element.isConnected) {
            return remembered.element;
        }
        return remembered.id ? document.getElementById(remembered.id) : null;
    }

    /** Where the remembered control was, when it is gone: the first stop in its nearest ancestor still there. */
    function nearby(remembered) {
        for (var i = 0; i < remembered.around.length; i++) {
            var ancestor = document.getElementById(remembered.around[i]);
            var stop = ancestor && (isFocusable(ancestor) ? ancestor : firstStop(ancestor, false));
            if (stop) {
                return stop;
            }
        }
        return null;
    }

    /**
     * Puts focus back on the remembered control when focus was lost, waiting a little for a button that is disabled
     * while its request runs; if the control is gone, where it was, else the main content.
     */
    function restoreFocus(attempt) {
        if (!focusLost() || !last) {
            return;
        }
        var element = rememberedElement(last) || nearby(last);
        var dialogs = visibleDialogs();
        if (dialogs.length && element && !dialogs[dialogs.length - 1].contains(element)) {
            return;
        }
        if (isFocusable(element)) {
            element.focus();
        } else if (attempt < 20) {
            setTimeout(function () {
                restoreFocus(attempt + 1);
            }, 50);
        } else if (!dialogs.length) {
            var main = document.getElementById('main');
            if (main) {
                main.setAttribute('tabindex', '-1');
                main.focus();
            }
        }
    }

    /**
     * The first stop of the container that takes focus; with fieldsFirst, its first field if it has one (passing
     * over buttons and links).
     */
    function firstStop(container, fieldsFirst) {
        var stops = Array.prototype.filter.call(container.querySelectorAll(
            'input, select, textarea, [role="combobox"], button, a[href], [tabindex]'), isFocusable);
        var fields = fieldsFirst ? stops.filter(function (stop) {
            return !/^(BUTTON|A)$/.test(stop.tagName) && !(stop.tagName === 'INPUT' && /^(submit|button)$/.test(stop.type));
        }) : [];
        return fields[0] || stops[0] || null;
    }

    var Dialog = PrimeFaces.widget.Dialog.prototype;
    var showDialog = Dialog.show;
    Dialog.show = function () {
        var wasShown = this.isVisible();
        var dialog = this.jq[0];
        var active = document.activeElement;
        var opener = !focusLost() && !dialog.contains(active)
            ? describe(active)
            : (last && !dialog.contains(rememberedElement(last)) ? last : null);
        var result = showDialog.apply(this, arguments);
        if (!wasShown && opener) {
            this.focusedElementBeforeDialogOpened = opener.element;
            this.opener = opener;
        }
        return result;
    };

    var dialogFocus = Dialog.applyFocus;
    Dialog.applyFocus = function () {
        var field = this.cfg.focus ? null : firstStop(this.content[0], true);
        if (field) {
            field.focus();
        } else {
            dialogFocus.apply(this, arguments);
        }
    };

    Dialog.returnFocus = function () {
        var element = this.focusedElementBeforeDialogOpened;
        var opener = this.opener || (element ? describe(element) : null);
        if (!opener) {
            return;
        }
        last = opener;
        setTimeout(function () {
            restoreFocus(0);
        }, 50);
    };

    var Confirm = PrimeFaces.widget.ConfirmDialog.prototype;
    var confirmFocus = Confirm.applyFocus;
    Confirm.applyFocus = function () {
        var no = this.jq.find('.ui-confirmdialog-no').filter(':visible:enabled');
        if (no.length) {
            no.first().trigger('focus');
        } else {
            confirmFocus.apply(this, arguments);
        }
    };

    /**
     * After a save (a button's request) that failed: the first invalid field where the request came from, its dialog
     * or else its form. A field's own request (a filter that changed) leaves focus where the user took it.
     */
    function focusFirstInvalid(source) {
        var from = typeof source === 'string' ? document.getElementById(source) : (source && source.jquery ? source[0] : source);
        if (!from || !/^(BUTTON|A|INPUT)$/.test(from.tagName) || (from.tagName === 'INPUT' && from.type !== 'submit')) {
            return false;
        }
        var dialog = from.closest('.ui-dialog');
        var scope = dialog && isShown(dialog) ? dialog : from.closest('form');
        if (!scope) {
            return false;
        }
        var invalid = Array.prototype.filter.call(scope.querySelectorAll('[aria-invalid="true"]'), isFocusable)[0];
        if (invalid) {
            invalid.focus();
            return true;
        }
        return false;
    }

    jQuery(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
        markUp(document);
        var failed = (args && args.validationFailed) || (xhr && xhr.pfArgs && xhr.pfArgs.validationFailed);
        if (failed && focusFirstInvalid(settings && settings.source)) {
            return;
        }
        restoreFocus(0);
    });

    /* ---------- 2. date fields ---------- */

    function isDateInput(element) {
        return element && element.tagName === 'INPUT' && element.parentNode
            && element.parentNode.classList.contains('p-datepicker');
    }

    function pad(number) {
        return (number < 10 ? '0' : '') + number;
    }

    /** The ISO form (2026-11-30) of a date typed day first (30/11/2026, 30.11.2026, 30-11-2026) or as 20261130. */
    function isoDate(text) {
        var value = (text || '').trim();
        var dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
        var compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
        var loose = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
        var parts = dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]]
            : (compact || loose ? (compact || loose).slice(1) : null);
        if (!parts) {
            return null;
        }
        var year = Number(parts[0]);
        var month = Number(parts[1]);
        var day = Number(parts[2]);
        var date = new Date(year, month - 1, day);
        if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
            return null;
        }
        return year + '-' + pad(month) + '-' + pad(day);
    }

    document.addEventListener('change', function (event) {
        var input = event.target;
        var iso = isDateInput(input) ? isoDate(input.value) : null;
        if (iso && iso !== input.value) {
            input.value = iso;
            input.dispatchEvent(new Event('input', {bubbles: true}));
        }
    }, true);

    /**
     * Escape in a number field closes its dialog like Escape anywhere else in it: the number widget takes the key
     * for itself (it undoes the typing) and keeps PrimeFaces' dialog from seeing it.
     */
    function closeDialogAround(target) {
        var dialog = target.closest && target.closest('.ui-inputnumber') ? target.closest('.ui-dialog') : null;
        var widget = dialog && dialog.id ? PrimeFaces.getWidgetById(dialog.id) : null;
        if (!widget || !widget.cfg.closeOnEscape || !widget.isVisible()) {
            return false;
        }
        widget.hide();
        return true;
    }

    /** Escape in a date field whose calendar is open closes the calendar only, not the dialog around it as well. */
    function closeCalendarOf(target) {
        var panel = isDateInput(target) ? document.getElementById(target.parentNode.id + '_panel') : null;
        var widget = panel && isShown(panel) ? dateWidgetOfPanel(panel) : null;
        if (!widget) {
            return false;
        }
        widget.hide();
        return true;
    }

    function dateWidgetOfPanel(panel) {
        return panel.id ? PrimeFaces.getWidgetById(panel.id.replace(/_panel$/, '')) : null;
    }

    /**
     * Tab in an open calendar: its days are one stop (the arrow keys move between them), entered at the chosen day
     * (else today); Tab past the last stop, or Shift+Tab before the first, closes the calendar and goes on: to its
     * button, or back to its field.
     */
    function tabInCalendar(panel, from, back) {
        var grid = panel.querySelector('.ui-datepicker-calendar');
        var days = null;
        var stops = jQuery(panel).find(':tabbable').get().filter(function (stop) {
            if (!grid || !grid.contains(stop)) {
                return true;
            }
            days = days || stop;
            return stop === days;
        });
        var at = stops.indexOf(grid && grid.contains(from) ? days : from);
        var next = stops[back ? at - 1 : at + 1];
        if (next && next === days) {
            next = grid.querySelector('a.ui-state-active') || grid.querySelector('.ui-datepicker-today > a') || days;
        }
        if (next) {
            next.focus();
            return;
        }
        var widget = dateWidgetOfPanel(panel);
        if (widget) {
            widget.hide();
            var field = back ? widget.input[0] : (widget.triggerButton && widget.triggerButton[0]) || widget.input[0];
            setTimeout(function () {
                field.focus();
            }, 0);
        }
    }

    document.addEventListener('keydown', function (event) {
        var target = event.target;
        if (event.key === 'Escape' && (closeCalendarOf(target) || closeDialogAround(target))) {
            event.stopPropagation();
            return;
        }
        if (event.key === 'ArrowDown' && isDateInput(target)) {
            if (event.altKey) {
                event.preventDefault(); // opens without scrolling the page, which would close it again
            } else {
                event.stopPropagation();
            }
            return;
        }
        var panel = event.key === 'Tab' && target.closest ? target.closest('.ui-datepicker') : null;
        if (panel && isShown(panel)) {
            event.preventDefault();
            event.stopPropagation();
            tabInCalendar(panel, target, event.shiftKey);
        }
    }, true);

    /* ---------- 3. names and states ---------- */

    function nameMenus(root) {
        Array.prototype.forEach.call(root.querySelectorAll('.ui-selectonemenu-label[role="combobox"]'), function (box) {
            if (box.hasAttribute('aria-labelledby') || !box.id) {
                return;
            }
            var label = document.querySelector('label[for="' + CSS.escape(box.id) + '"]');
            if (!label) {
                var menu = box.closest('.ui-selectonemenu');
                var select = menu && menu.querySelector('select[aria-label]');
                if (!select) {
                    return;
                }
                label = document.createElement('span');
                label.hidden = true;
                label.textContent = select.getAttribute('aria-label');
                menu.appendChild(label);
            }
            if (!label.id) {
                label.id = box.id + '_name';
            }
            box.setAttribute('aria-labelledby', label.id);
        });
    }

    function takesRequired(control) {
        return control.getAttribute('role') === 'combobox' || /^(TEXTAREA|SELECT)$/.test(control.tagName)
            || (control.tagName === 'INPUT' && !/^(checkbox|radio|hidden|submit|button)$/.test(control.type));
    }

    function markRequired(root) {
        Array.prototype.forEach.call(root.querySelectorAll('label.ui-required[for]'), function (label) {
            var control = controlOf(document.getElementById(label.htmlFor));
            if (control && takesRequired(control)) {
                control.setAttribute('aria-required', 'true');
            }
        });
    }

    function linkMessages() {
        Array.prototype.forEach.call(document.querySelectorAll('.messages [data-for]'), function (message) {
            var field = message.getAttribute('data-for');
            var control = field ? controlOf(document.getElementById(field)) : null;
            if (!control) {
                return;
            }
            var text = message.querySelector('.message-text') || message;
            if (!text.id) {
                var id = field + '_message';
                for (var n = 2; document.getElementById(id); n++) {
                    id = field + '_message' + n;
                }
                text.id = id;
            }
            control.setAttribute('aria-invalid', 'true');
            addToken(control, 'aria-describedby', text.id);
        });
        // a message closed or gone with an update describes nothing any more
        Array.prototype.forEach.call(document.querySelectorAll('[aria-describedby*="_message"]'), function (element) {
            var kept = element.getAttribute('aria-describedby').split(/\s+/).filter(function (id) {
                return id && (!/_message\d*$/.test(id) || document.getElementById(id));
            });
            if (kept.length) {
                element.setAttribute('aria-describedby', kept.join(' '));
            } else {
                element.removeAttribute('aria-describedby');
            }
        });
    }

    function nameDateButtons(root) {
        Array.prototype.forEach.call(root.querySelectorAll('.ui-datepicker-trigger'), function (button) {
            var text = button.querySelector('.ui-button-text');
            var name = button.getAttribute('aria-label');
            if (text && name && text.textContent !== name) {
                text.textContent = name;
            }
        });
    }

    function markUp(root) {
        nameMenus(root);
        markRequired(root);
        nameDateButtons(root);
        linkMessages();
    }

    document.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('.message-close')) {
            setTimeout(linkMessages, 0);
        }
    });

    new MutationObserver(function () {
        markUp(document);
    }).observe(document.documentElement, {childList: true, subtree: true});

    window.addEventListener('load', function () {
        markUp(document);
    });
}());
