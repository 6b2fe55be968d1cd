# scenario: sl

scenario-text-unknown-language = `{ $code }` ni jezik, ki ga tenantdrill podpira (v polju `{ $field }`)
scenario-text-missing-languages = { $count ->
    [one] to polje `{ $field }` nima besedila v jeziku { $languages }: namesto njega je prikazana angleščina
    [two] to polje `{ $field }` nima besedila v jezikih { $languages }: namesto njih je prikazana angleščina
    [few] to polje `{ $field }` nima besedila v jezikih { $languages }: namesto njih je prikazana angleščina
   *[other] to polje `{ $field }` nima besedila v jezikih { $languages }: namesto njih je prikazana angleščina
}
