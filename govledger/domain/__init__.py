"""Pure-Python domain: records, parsing rules and status rules. No Qt, no SQL.

Import the module you need (``govledger.domain.model``, ``…deadline_parser``): this
package imports nothing itself, so that opening the window loads only what it uses.
"""
