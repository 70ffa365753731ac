/*
 * A table's free-text search (an input with id "globalFilter" in a PrimeFaces data table's header) filters once
 * the user has stopped typing for 400 ms, not on every key: typing "biogas" asks the server once, not six times.
 * Keys that change nothing (Tab, arrows, Shift) do not filter. Bound once on the document, so that it also holds
 * for tables drawn anew by Ajax. While a search waits, its input carries the attribute data-filter-pending.
 */
(function () {
    'use strict';

    if (!window.PrimeFaces || !window.jQuery) {
        return;
    }

    var DELAY_MS = 400;

    jQuery(document).on('input', '.ui-datatable-header input[id$="globalFilter"]', function () {
        var input = this;
        clearTimeout(input.governanceFilterTimer);
        input.setAttribute('data-filter-pending', '');
        input.governanceFilterTimer = setTimeout(function () {
            input.removeAttribute('data-filter-pending');
            var table = jQuery(input).closest('.ui-datatable');
            var widget = table.length ? PrimeFaces.getWidgetById(table.attr('id')) : null;
            if (widget && input.value !== input.governanceFiltered) {
                input.governanceFiltered = input.value;
                widget.filter();
            }
        }, DELAY_MS);
    });
}());
