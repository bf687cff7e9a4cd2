"""banmian.pages"""
