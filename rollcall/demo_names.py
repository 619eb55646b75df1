"""Names for the demo school: families of the backgrounds an English secondary school
serves, each with children's and adults' names and the languages spoken at home.

Names are whitespace-separated strings to keep the table readable; the weights are
rough shares of families, not census figures.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Heritage:
    weight: float
    boys: tuple[str, ...]
    girls: tuple[str, ...]
    surnames: tuple[str, ...]
    men: tuple[str, ...]
    women: tuple[str, ...]
    # (ISO 639-1 code, share of contacts who would rather be texted in it)
    languages: tuple[tuple[str, float], ...] = (("en", 1.0),)


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


HERITAGES: tuple[Heritage, ...] = (
    Heritage(
        55,
        _names("Oliver George Harry Noah Jack Leo Arthur Oscar Charlie Jacob Thomas Henry William "
               "Freddie Alfie Theo Archie Joshua James Isaac Ethan Alexander Samuel Daniel Joseph "
               "Max Lucas Logan Mason Dylan Harrison Reuben Rory Finley Callum Tyler Ryan Owen "
               "Rhys Dafydd Cian Liam Connor Ewan Fraser Kieran Declan Benjamin Nathaniel Elliot"),
        _names("Olivia Amelia Isla Ava Ivy Freya Lily Florence Mia Willow Rosie Sophia Isabella "
               "Grace Daisy Sienna Poppy Elsie Emily Ella Evelyn Phoebe Evie Charlotte Harper "
               "Millie Matilda Ruby Chloe Jessica Megan Eleanor Erin Niamh Siobhan Ffion Cerys "
               "Eilidh Holly Imogen Scarlett Lucy Katie Abigail Elizabeth Hannah"),
        _names("Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts "
               "Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris "
               "Clarke Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark King Baker "
               "Harrison Morgan Allen Scott Phillips Watson Parker Price Bennett Young Griffiths "
               "Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox "
               "Richards O'Brien O'Connor Murray Campbell Stewart MacDonald Reid Lloyd Jenkins"),
        _names("David Mark Paul Richard Andrew Stephen Chris Lee Craig Darren Matthew Gareth Neil "
               "Simon Jamie Ian Michael Robert Steven Wayne Carl Gavin Sean Martin"),
        _names("Sarah Emma Claire Rachel Laura Gemma Kelly Nicola Lisa Hannah Katie Joanne "
               "Victoria Amy Natalie Michelle Rebecca Louise Stacey Donna Kerry Helen Leanne "
               "Margaret Susan Linda Patricia Christine Janet Carol Elaine Julie"),
    ),
    Heritage(
        8,
        _names("Muhammad Ibrahim Yusuf Ayaan Zayn Hamza Bilal Rayyan Haris Musa Zakariya Umar"),
        _names("Aisha Fatima Maryam Zara Amira Hafsa Khadija Inaya Hania Eman Zainab Safa"),
        _names("Khan Hussain Ahmed Ali Akhtar Iqbal Shah Butt Malik Mahmood Rashid Javed"),
        _names("Imran Asif Tariq Kamran Naveed Shahid Adnan Zubair Farhan Arif"),
        _names("Sadia Nazia Samina Rubina Shazia Ayesha Farah Saima Bushra Nabila"),
        (("en", 0.6), ("ur", 0.3), ("pa", 0.1)),
    ),
    Heritage(
        3,
        _names("Raihan Tahmid Safwan Ishfaq Ayman Nabil Rafi Sami"),
        _names("Tasnim Nusrat Sumaiya Anika Raisa Jannat Lamia Tahira"),
        _names("Rahman Uddin Miah Islam Chowdhury Begum Hoque Ali"),
        _names("Abdul Jamal Kamal Shahin Mizanur Anwar"),
        _names("Rokeya Shamima Nasima Rehana Salma Ruksana"),
        (("en", 0.5), ("bn", 0.5)),
    ),
    Heritage(
        5,
        _names("Aarav Arjun Rohan Vihaan Ishaan Krish Dev Harjot Gurveer Jaskaran Kabir Veer"),
        _names("Priya Diya Aanya Saanvi Simran Jaspreet Harleen Anjali Riya Kirandeep Navya Isha"),
        _names("Patel Sharma Singh Gill Sandhu Kumar Mistry Desai Joshi Bains Dhillon Rai"),
        _names("Rajesh Sanjay Amit Vikram Harpreet Sukhdev Jatinder Nikhil Manoj Deepak"),
        _names("Sunita Meena Pooja Neeta Rupinder Manjit Kavita Anita Rekha Shilpa"),
        (("en", 0.7), ("gu", 0.15), ("pa", 0.1), ("hi", 0.05)),
    ),
    Heritage(
        5,
        _names("Chidi Emeka Oluwaseun Tobi Tunde Femi Kwame Kofi David Daniel Samuel Joshua"),
        _names("Chiamaka Adaeze Ngozi Folake Temitope Abena Ama Precious Blessing Esther "
               "Oluwatobi Grace"),
        _names("Okafor Adeyemi Okonkwo Mensah Owusu Boateng Adebayo Osei Eze Balogun Nwosu Asante"),
        _names("Olumide Chukwuemeka Kwabena Adewale Obinna Kojo Segun Ifeanyi"),
        _names("Funmilayo Yetunde Akosua Chinwe Adwoa Bukola Ifeoma Efua"),
        (("en", 0.9), ("yo", 0.1)),
    ),
    Heritage(
        3,
        _names("Jerome Marcus Tyrone Andre Jamal Kyle Nathaniel Malachi Isaiah Josiah"),
        _names("Keisha Shanice Tia Jade Aaliyah Imani Nia Kiara Jada Tianna"),
        _names("Campbell Williams Brown Clarke Francis Reid Bailey Grant Henry Thompson"),
        _names("Desmond Winston Clive Delroy Leroy Trevor"),
        _names("Marcia Sharon Paulette Janice Sonia Beverley"),
    ),
    Heritage(
        2,
        _names("Abdullahi Mohamed Abdirahman Yusuf Abdikarim Hassan Liban Mahad"),
        _names("Hodan Ifrah Amina Sumaya Hibo Fadumo Najma Ubah"),
        _names("Mohamud Abdi Warsame Farah Hassan Ali Jama Omar"),
        _names("Abdiwali Mahamed Abdulkadir Ismail Khalid"),
        _names("Faduma Sahra Asha Halima Nimco Hawa"),
        (("en", 0.4), ("so", 0.6)),
    ),
    Heritage(
        4,
        _names("Jakub Kacper Szymon Filip Mateusz Antoni Aleksander Wojciech Franciszek"),
        _names("Maja Zuzanna Julia Oliwia Hanna Lena Wiktoria Natalia Amelia"),
        _names("Nowak Kaczmarek Wojcik Mazur Krawczyk Kowal Michalak Pawlak Sikora"),
        _names("Tomasz Piotr Krzysztof Marcin Pawel Lukasz Grzegorz"),
        _names("Ewa Agnieszka Katarzyna Magdalena Joanna Anna Monika"),
        (("en", 0.4), ("pl", 0.6)),
    ),
    Heritage(
        2,
        _names("Andrei Luca Matei Darius Mihai Stefan David Rares"),
        _names("Ioana Maria Elena Bianca Alexandra Daria Sofia Ana"),
        _names("Popescu Ionescu Stoica Dumitru Constantin Munteanu Rusu Lazar"),
        _names("Florin Adrian Bogdan Cristian Ionut Marian"),
        _names("Mihaela Gabriela Florentina Roxana Adriana Simona"),
        (("en", 0.4), ("ro", 0.6)),
    ),
    Heritage(
        1.5,
        _names("Wei Jun Hao Zihan Haoran Yuxuan Ethan Ryan"),
        _names("Mei Xin Ling Yutong Zixuan Chloe Grace Jasmine"),
        _names("Chen Wang Li Zhang Liu Wong Huang Lin"),
        _names("Jian Ming Qiang Wei Feng"),
        _names("Li Na Hui Yan Xiaoling"),
        (("en", 0.6), ("zh", 0.4)),
    ),
    Heritage(
        0.5,
        _names("Minh Tuan Duc Khoa Bao"),
        _names("Linh Anh Mai Ngoc Thao"),
        _names("Nguyen Tran Pham Le Hoang"),
        _names("Hung Thanh Quang Long"),
        _names("Huong Lan Thu Hoa"),
        (("en", 0.5), ("vi", 0.5)),
    ),
    Heritage(
        1,
        _names("Mustafa Emre Kerem Yusuf Arda Mert Eren"),
        _names("Elif Zeynep Defne Ela Azra Nehir Ecem"),
        _names("Yilmaz Demir Kaya Celik Sahin Aydin Ozturk"),
        _names("Mehmet Ahmet Hakan Murat Serkan"),
        _names("Ayse Fatma Emine Hatice Gulsen"),
        (("en", 0.5), ("tr", 0.5)),
    ),
    Heritage(
        1.5,
        _names("Omar Ali Hassan Idris Samir Kareem Adam Youssef"),
        _names("Noor Leila Yasmin Mariam Salma Lina Hala Rania"),
        _names("Haddad Mansour Saleh Nasser Khalil Haidar Darwish Saeed"),
        _names("Ahmad Khaled Walid Tarek Nabil Fadi"),
        _names("Rana Dina Huda Samar Lubna Amal"),
        (("en", 0.5), ("ar", 0.5)),
    ),
    Heritage(
        0.5,
        _names("Dawit Abel Yonas Natnael Robel"),
        _names("Selam Hana Helen Meron Saba"),
        _names("Tesfaye Gebre Haile Berhane Kidane"),
        _names("Tesfay Mulugeta Yohannes Solomon"),
        _names("Tsega Almaz Senait Mebrat"),
        (("en", 0.5), ("ti", 0.5)),
    ),
    Heritage(
        1.5,
        _names("Mateo Diego Tomas Santiago Rodrigo Gabriel Martim Joao"),
        _names("Lucia Valentina Camila Ines Beatriz Sofia Carolina Mariana"),
        _names("Garcia Rodriguez Silva Santos Pereira Fernandes Costa Martinez"),
        _names("Carlos Jose Miguel Ricardo Luis Pedro"),
        _names("Ana Carla Paula Rosa Teresa Sandra"),
        (("en", 0.5), ("pt", 0.3), ("es", 0.2)),
    ),
)

# Legal names some families shorten, and the name the child goes by.
PREFERRED_NAMES = {
    "Alexander": "Alex", "Alexandra": "Alex", "Samuel": "Sam", "Joseph": "Joe", "Thomas": "Tom",
    "Matilda": "Tilly", "Eleanor": "Ellie", "Isabella": "Bella", "Charlotte": "Lottie",
    "Florence": "Flo", "William": "Will", "Benjamin": "Ben", "Nathaniel": "Nate",
    "Elizabeth": "Beth", "Jessica": "Jess", "Oliver": "Ollie", "Abigail": "Abbie",
    "Oluwaseun": "Seun", "Temitope": "Tope", "Oluwatobi": "Tobi", "Chiamaka": "Amaka",
    "Jakub": "Kuba", "Zuzanna": "Zuzia", "Aleksander": "Olek", "Abdirahman": "Abdi",
    "Mohamed": "Mo", "Zakariya": "Zak", "Zihan": "Ethan", "Haoran": "Henry", "Yutong": "Amy",
    "Franciszek": "Franek", "Wiktoria": "Wiki",
}
# Carers of children in care: foster families.
FOSTER_SURNAMES = _names("Fletcher Barnes Holloway Pritchard Wainwright Ashworth")
