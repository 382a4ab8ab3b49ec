import LecternCLI
LecternMain.main()
