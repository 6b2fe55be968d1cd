language-name = slovenščina
