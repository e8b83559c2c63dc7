// htmx adds its indicator styles as an inline <style> by default, which the page's
// Content-Security-Policy (style-src 'self') refuses; the app's CSS has what it needs.
htmx.config.includeIndicatorStyles = false;
