# scenario: en

# A scenario or procedure file's translated text uses a language code
# tenantdrill does not know. `code` is as written; `field` is the field
# (title, brief, text, description).
scenario-text-unknown-language = `{ $code }` is not a language tenantdrill speaks (in a `{ $field }`)
# A translated text lacks some of tenantdrill's languages; `languages`
# lists them, `count` is how many.
scenario-text-missing-languages = { $count ->
    [one] this `{ $field }` has no { $languages } text: English is shown instead
   *[other] this `{ $field }` has no text in { $languages }: English is shown instead
}
