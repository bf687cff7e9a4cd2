"""banmian.reuse"""
