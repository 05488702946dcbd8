#!/usr/bin/env python3
"""Adds UI strings to public/_locales/{en,fr,ar}/messages.json in one quick read-modify-write.

Usage: python3 scripts/add-messages.py FILE.json, where FILE maps key -> {"en": ..., "fr": ..., "ar": ...}
(optionally "placeholders": {...} shared by all three). Existing keys are overwritten.
"""
import json, sys
new = json.load(open(sys.argv[1], encoding='utf-8'))
for lang in ('en', 'fr', 'ar'):
    path = f'public/_locales/{lang}/messages.json'
    data = json.load(open(path, encoding='utf-8'))
    for key, entry in new.items():
        item = {'message': entry[lang]}
        if 'placeholders' in entry:
            item['placeholders'] = entry['placeholders']
        data[key] = item
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write('\n')
print(f'added {len(new)} keys to en, fr, ar')
