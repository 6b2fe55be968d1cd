# scenario: nl

scenario-text-unknown-language = `{ $code }` is geen taal die tenantdrill spreekt (in een `{ $field }`)
scenario-text-missing-languages = { $count ->
    [one] deze `{ $field }` heeft geen tekst in { $languages }: in plaats daarvan wordt Engels getoond
   *[other] deze `{ $field }` heeft geen tekst in { $languages }: in plaats daarvan wordt Engels getoond
}
