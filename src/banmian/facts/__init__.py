"""banmian.facts"""
