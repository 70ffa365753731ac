/*
 * Keeps what the user typed on a page with several forms.
 *
 * 1. When an Ajax request re-renders a text field that the user had changed and not saved (because another part
 *    of the page was saved), the typed text is put back; it stays unsaved until its own form is saved.
 * 2. Leaving the page (a link, reload, closing the tab) while a field holds unsaved input asks first.
 * 3. Information messages close themselves after a while; errors stay until the user closes them.
 *
 * A field counts as changed when its value differs from its baseline: the value it had once the page (or the
 * Ajax update that rendered it, unless that update failed validation) was ready. Fields in a form marked
 * data-unsaved="ignore" (filters, searches), in hidden dialogs, table filters and widget helpers are not counted:
 * they hold no work of the user's.
 */
(function () {
    'use strict';

    var baseline = {};
    var typed = {};
    var leavingWith = null;

    function normalized(text) {
        return (text || '').replace(/\r\n/g, '\n').trim();
    }

    function isTextField(element) {
        return element.tagName === 'TEXTAREA'
            || (element.tagName === 'INPUT' && /^(text|email|tel|url|number|search)$/.test(element.type));
    }

    function isTracked(element) {
        if (!element.id || !element.form || element.form.getAttribute('data-unsaved') === 'ignore') {
            return false;
        }
        if (!(isTextField(element) || element.tagName === 'SELECT' || element.type === 'checkbox'
                || element.type === 'radio')) {
            return false;
        }
        if (/(globalFilter|_focus|_hinput)$/.test(element.id)
                || element.closest('.ui-column-filter, .ui-datatable-header, .ui-paginator')) {
            return false;
        }
        var dialog = element.closest('.ui-dialog');
        return dialog === null || getComputedStyle(dialog).display !== 'none';
    }

    function valueOf(element) {
        if (element.tagName === 'SELECT') {
            return Array.prototype.filter.call(element.options, function (option) {
                return option.selected;
            }).map(function (option) {
                return option.value;
            }).join('\u0000');
        }
        if (element.type === 'checkbox' || element.type === 'radio') {
            return String(element.checked);
        }
        return normalized(element.value);
    }

    function fields() {
        return document.querySelectorAll('form textarea, form input, form select');
    }

    /** Takes the baseline of fields rendered since the last look (all of them the first time). */
    function takeBaselines(keepOld) {
        Array.prototype.forEach.call(fields(), function (field) {
            if (!field.id || field.getAttribute('data-baseline') === 'taken') {
                return;
            }
            field.setAttribute('data-baseline', 'taken');
            if (!(keepOld && field.id in baseline)) {
                baseline[field.id] = valueOf(field);
            }
        });
    }

    function isChanged(field) {
        return field.id in baseline && valueOf(field) !== baseline[field.id];
    }

    /** Whether a field of the page, outside the given form, holds input the user has not saved. */
    function hasUnsavedInput(exceptForm) {
        return Array.prototype.some.call(fields(), function (field) {
            return field.form !== exceptForm && isTracked(field) && isChanged(field);
        });
    }

    document.addEventListener('input', function (event) {
        var field = event.target;
        if (isTextField(field) && isTracked(field)) {
            typed[field.id] = field.value;
        }
    }, true);

    /** After an Ajax update: typed text that the update replaced with the server's older value comes back. */
    function restoreTyped() {
        Object.keys(typed).forEach(function (id) {
            var field = document.getElementById(id);
            if (!field) {
                delete typed[id];
            } else if (normalized(field.value) !== normalized(typed[id])) {
                field.value = typed[id];
            } else if (baseline[id] === normalized(typed[id])) {
                delete typed[id];
            }
        });
    }

    function closeInformationLater() {
        Array.prototype.forEach.call(document.querySelectorAll('.toasts .message-0:not([data-timed])'),
            function (message) {
                message.setAttribute('data-timed', 'true');
                setTimeout(function () {
                    if (message.parentNode) {
                        message.parentNode.removeChild(message);
                    }
                }, 8000);
            });
    }

    window.addEventListener('load', function () {
        takeBaselines(false);
        closeInformationLater();
    });

    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function (event, xhr) {
            var args = xhr && xhr.pfArgs;
            takeBaselines(Boolean(args && args.validationFailed));
            restoreTyped();
            closeInformationLater();
        });
    }

    document.addEventListener('submit', function (event) {
        var submitter = event.submitter;
        leavingWith = submitter && submitter.classList.contains('download') ? 'download' : event.target;
        setTimeout(function () {
            leavingWith = null;
        }, 2000);
    }, true);

    window.addEventListener('beforeunload', function (event) {
        if (leavingWith === 'download' || !hasUnsavedInput(leavingWith)) {
            return undefined;
        }
        var texts = document.getElementById('unsavedTexts');
        var question = texts ? texts.getAttribute('data-leave') : '';
        event.preventDefault();
        event.returnValue = question;
        return question;
    });

    window.GovernanceUnsaved = {hasUnsavedInput: hasUnsavedInput};
}());
