/*
 * Plan Tracker report charts. The page carries the numbers in data-* attributes (the same
 * numbers as the table under each chart); this file draws them with ECharts. No inline
 * script or style: the Content-Security-Policy forbids both.
 */
(function () {
  'use strict';

  function list(element, name) {
    var value = element.getAttribute('data-' + name);
    return value ? value.split('|') : [];
  }

  function numbers(element, name) {
    return list(element, name).map(Number);
  }

  var palette = ['#198754', '#0d6efd', '#dc3545', '#6c757d'];

  var builders = {
    areas: function (element) {
      var series = list(element, 'series');
      return {
        color: palette,
        tooltip: { trigger: 'axis' },
        legend: { data: series },
        grid: { containLabel: true, left: 8, right: 16 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: list(element, 'labels'), inverse: true,
                 axisLabel: { width: 260, overflow: 'truncate' } },
        series: [
          { name: series[0], type: 'bar', stack: 'all', data: numbers(element, 'completed') },
          { name: series[1], type: 'bar', stack: 'all', data: numbers(element, 'open') },
          { name: series[2], type: 'bar', stack: 'all', data: numbers(element, 'overdue'), itemStyle: { color: palette[2] } }
        ]
      };
    },
    months: function (element) {
      var series = list(element, 'series');
      return {
        color: palette,
        tooltip: { trigger: 'axis' },
        legend: { data: series },
        grid: { containLabel: true, left: 8, right: 16 },
        xAxis: { type: 'category', data: list(element, 'labels') },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: series[0], type: 'bar', data: numbers(element, 'completed') },
          { name: series[1], type: 'line', data: numbers(element, 'due') }
        ]
      };
    }
  };

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    var charts = [];
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var build = builders[element.getAttribute('data-chart')];
      if (build) {
        var chart = echarts.init(element, null, { renderer: 'canvas' });
        chart.setOption(build(element));
        charts.push(chart);
      }
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
    window.addEventListener('beforeprint', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  }
  else {
    draw();
  }
}());
