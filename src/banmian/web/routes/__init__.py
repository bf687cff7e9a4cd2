"""One router per area of the reader; each serves HTML pages and their ``/api`` twins."""
