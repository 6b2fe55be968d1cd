# scenario: nb

scenario-text-unknown-language = `{ $code }` er ikke et språk tenantdrill kan (i en `{ $field }`)
scenario-text-missing-languages = { $count ->
    [one] denne `{ $field }` mangler tekst på { $languages }: engelsk vises i stedet
   *[other] denne `{ $field }` mangler tekst på { $languages }: engelsk vises i stedet
}
