from doclint.cli import main

main()
