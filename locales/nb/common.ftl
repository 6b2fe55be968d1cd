language-name = norsk bokmål
