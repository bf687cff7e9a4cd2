"""banmian.web"""
