"""DL4xx: format and signing authority of Vietnamese state documents (Decree 30/2020/NĐ-CP on
clerical work) and Party documents (Hướng dẫn 36-HD/VPTW, 2018)."""
